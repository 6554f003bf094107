# Q: "Boolean value of Tensor with more than one value is ambiguous" in if-statements; any(), all(), equal().
import torch

a = torch.tensor([1, 2, 3])
b = torch.tensor([1, 2, 4])
try:
    if a == b:
        print("same")
except RuntimeError as e:
    print("RuntimeError:", e)
print((a == b).all(), (a == b).any(), torch.equal(a, b), (a == b).all().item())
if (a != b).any():
    print("differ at", (a != b).nonzero().flatten().tolist())
print(bool(torch.tensor([0])), bool(torch.tensor(0.1)), torch.tensor([]).all(), torch.tensor([]).any())
try:
    while torch.tensor([1, 1]):
        break
except RuntimeError as e:
    print("RuntimeError:", e)
x = torch.tensor([0.5, float("nan")])
print(x == x, torch.equal(x, x), (x == x).all())
print(a in torch.tensor([[1, 2, 3], [4, 5, 6]]), 2 in a, 7 in a)
