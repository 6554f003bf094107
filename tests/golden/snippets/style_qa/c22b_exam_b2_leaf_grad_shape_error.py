import torch

# Exam B2-16. Assigning a wrong-shaped gradient.
w = torch.zeros(2, 3, requires_grad=True)
try:
    w.grad = torch.zeros(3, 2)
except RuntimeError as e:
    print(e)
try:
    w.grad = torch.zeros(2, 3, dtype=torch.float64)
except RuntimeError as e:
    print(e)
w.grad = torch.ones(2, 3)
print(w.grad.sum())
