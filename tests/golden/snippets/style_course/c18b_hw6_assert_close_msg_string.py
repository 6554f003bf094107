# Autograder uses a fixed failure message string
import torch

expected = torch.tensor([0.25, 0.5, 0.25])
student = torch.tensor([0.2, 0.6, 0.2])
try:
    torch.testing.assert_close(student, expected, msg="Q3: probabilities are wrong")
except AssertionError as e:
    print(e)
try:
    torch.testing.assert_close(student[:2], expected, msg="Q3: probabilities are wrong")
except AssertionError as e:
    print(e)
