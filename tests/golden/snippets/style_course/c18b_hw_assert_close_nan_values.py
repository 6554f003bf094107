# Autograder: NaNs in the student's output
import torch

student = torch.tensor([1.0, float("nan"), 3.0])
reference = torch.tensor([1.0, float("nan"), 3.0])
try:
    torch.testing.assert_close(student, reference)
except AssertionError as e:
    print(e)
torch.testing.assert_close(student, reference, equal_nan=True)
print("equal_nan=True: PASS")
print(torch.allclose(student, reference), torch.allclose(student, reference, equal_nan=True))
