# Grader compares a Parameter with a plain tensor
import torch

p = torch.nn.Parameter(torch.tensor([1.0, 2.0]))
t = torch.tensor([1.0, 2.0])
torch.testing.assert_close(p, t)
print("default: PASS")
try:
    torch.testing.assert_close(p, t, allow_subclasses=False)
except TypeError as e:
    print("TypeError:", e)
print(type(p).__name__, isinstance(p, torch.Tensor))
