# Autograder with a custom message builder
import torch


def student_norm(v):
    return (v ** 2).sum()  # forgot the sqrt


def explain(generated):
    return f"[Q4] your norm is off.\n{generated}"


v = torch.tensor([3.0, 4.0])
try:
    torch.testing.assert_close(student_norm(v), torch.linalg.norm(v), msg=explain)
except AssertionError as e:
    print(e)
