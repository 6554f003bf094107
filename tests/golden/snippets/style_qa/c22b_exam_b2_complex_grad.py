import torch

# Exam B2-25. Gradient of |z|^2 for a complex leaf.
z = torch.tensor([1 + 2j, -1j], requires_grad=True)
loss = (z.abs() ** 2).sum()
loss.backward()
print(loss, z.grad)
w = torch.tensor(3 + 4j, requires_grad=True)
try:
    (w * w).backward()
except RuntimeError as e:
    print(e)
