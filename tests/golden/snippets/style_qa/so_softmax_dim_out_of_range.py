# Q: "Dimension out of range (expected to be in range of [-1, 0], but got 1)" for a single sample.
import torch
import torch.nn.functional as F

logits = torch.tensor([2.0, 1.0, 0.1])
try:
    F.softmax(logits, dim=1)
except IndexError as e:
    print(type(e).__name__, e)
print(F.softmax(logits, dim=0))
print(F.softmax(logits.unsqueeze(0), dim=1))
try:
    logits.argmax(dim=2)
except IndexError as e:
    print(e)
try:
    logits.sum(dim=-2)
except IndexError as e:
    print(e)
print(logits.unsqueeze(0).shape, logits[None].shape, logits[:, None].shape)
