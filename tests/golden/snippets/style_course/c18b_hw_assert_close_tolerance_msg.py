# Autograder: relu forward with a tiny bug (adds 1e-3 to positives)
import torch


def student_relu(x):
    return torch.where(x > 0, x + 1e-3, torch.zeros_like(x))


x = torch.tensor([-2.0, -0.5, 0.5, 2.0])
try:
    torch.testing.assert_close(student_relu(x), torch.relu(x))
except AssertionError as e:
    print(e)
print("loose:", torch.allclose(student_relu(x), torch.relu(x), atol=1e-2))
