import torch

# Exam B2-1. Which products are defined? Print the shape or the error.
A = torch.ones(2, 3)
B = torch.ones(2, 3)
for label, fn in [("A @ B", lambda: A @ B), ("A @ B.T", lambda: A @ B.T), ("mm", lambda: torch.mm(A, B)),
                  ("bmm", lambda: torch.bmm(A, B)), ("mv", lambda: torch.mv(A, torch.ones(2))),
                  ("dot", lambda: torch.dot(torch.ones(3), torch.ones(2)))]:
    try:
        print(label, tuple(fn().shape))
    except RuntimeError as e:
        print(label, "->", e)
