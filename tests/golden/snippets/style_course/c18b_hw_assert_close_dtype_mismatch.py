# Autograder: the student returned float64 instead of float32
import torch


def student_mean(x):
    return x.double().mean(dim=0)


x = torch.tensor([[1.0, 2.0], [3.0, 4.0]])
try:
    torch.testing.assert_close(student_mean(x), x.mean(dim=0))
except AssertionError as e:
    print("AssertionError:", e)
torch.testing.assert_close(student_mean(x), x.mean(dim=0), check_dtype=False)
print("passes with check_dtype=False")
