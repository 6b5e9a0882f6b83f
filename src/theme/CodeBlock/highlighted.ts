/**
 * The build-time highlighted lines of the code block being rendered, from src/theme/CodeBlock to
 * src/theme/CodeBlock/Content (the theme's layout and buttons sit between them).
 */
import { createContext, type ReactNode } from 'react';

export const HighlightedLines = createContext<ReactNode>(undefined);
