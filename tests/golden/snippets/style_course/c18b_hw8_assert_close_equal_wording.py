# Autograder with exact comparison: the message says "equal" instead of "close"
import torch

student = torch.tensor([[1, 2], [3, 5]])
try:
    torch.testing.assert_close(student, torch.tensor([[1, 2], [3, 4]]))
except AssertionError as e:
    print(e)
try:
    torch.testing.assert_close(torch.tensor([0.1, 0.2]), torch.tensor([0.1, 0.2000001]), rtol=0, atol=0)
except AssertionError as e:
    print(e)
try:
    torch.testing.assert_close(3, 4)
except AssertionError as e:
    print(e)
