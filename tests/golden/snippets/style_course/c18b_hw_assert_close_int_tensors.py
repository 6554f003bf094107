# Autograder for an argmax-based predict() (integers must match exactly)
import torch


def predict(logits):
    return logits.argmax(dim=1)


logits = torch.tensor([[0.1, 0.9, 0.0], [0.8, 0.1, 0.1], [0.2, 0.3, 0.5], [0.4, 0.4, 0.2]])
expected = torch.tensor([1, 0, 2, 1])
try:
    torch.testing.assert_close(predict(logits), expected)
except AssertionError as e:
    print(e)
