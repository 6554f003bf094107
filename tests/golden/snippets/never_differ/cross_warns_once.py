import torch

a = torch.tensor([[1.0, 0.0, 0.0], [0.0, 1.0, 0.0]])
b = torch.tensor([[0.0, 1.0, 0.0], [0.0, 0.0, 1.0]])

# cross without dim: PyTorch's deprecation warning is shown once per process, whatever the line
print(torch.cross(a, b))
print(a.cross(b))
for row in range(2):
    print(torch.cross(a[row], b[row]))
print(torch.cross(a, b, dim=1))
