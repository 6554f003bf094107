# An older course's autograder still uses torch.testing.assert_allclose
import torch


def student_sigmoid(x):
    return 1 / (1 + torch.exp(-x))


x = torch.linspace(-3, 3, 7)
torch.testing.assert_allclose(student_sigmoid(x), torch.sigmoid(x))
print("sigmoid: PASS")
try:
    torch.testing.assert_allclose(student_sigmoid(x) + 1e-3, torch.sigmoid(x))
except AssertionError as e:
    print(e)
