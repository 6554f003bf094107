# Autograder: matching infinities and signs of zero
import torch

student = torch.tensor([float("inf"), -0.0, 1.0])
ref = torch.tensor([float("inf"), 0.0, 1.0])
torch.testing.assert_close(student, ref)
print("inf and -0.0: PASS")
try:
    torch.testing.assert_close(torch.tensor([float("inf"), 2.0]), torch.tensor([float("-inf"), 2.0]))
except AssertionError as e:
    print(e)
try:
    torch.testing.assert_close(torch.tensor([1e30, 0.0]), torch.tensor([float("inf"), 0.0]))
except AssertionError as e:
    print(e)
