# Autograder for a half-precision forward pass (default tolerances for float16)
import torch

torch.manual_seed(0)
x = torch.randn(4, 4)
w = torch.randn(4, 4)
ref = x @ w
student = (x.half() @ w.half())
try:
    torch.testing.assert_close(student, ref)
except AssertionError as e:
    print(e)
torch.testing.assert_close(student.float(), ref, rtol=1e-2, atol=1e-2)
print("with 1e-2 tolerances: PASS")
