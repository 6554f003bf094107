# Autograder: the student's bfloat16 matmul vs a float32 reference
import torch

a = torch.tensor([[1.0, 2.0], [3.0, 4.0]]) / 3
b = torch.tensor([[0.5, -1.0], [2.0, 0.25]])
student = a.bfloat16() @ b.bfloat16()
try:
    torch.testing.assert_close(student, a @ b)
except AssertionError as e:
    print(e)
torch.testing.assert_close(student, a @ b, check_dtype=False)
print("bfloat16 tolerances, dtype ignored: PASS")
print(student)
