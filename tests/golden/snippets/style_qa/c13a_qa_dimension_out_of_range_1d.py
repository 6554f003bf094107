# Q: "Dimension out of range (expected to be in range of [-1, 0], but got 1)" when a batch has one sample squeezed.
import torch
import torch.nn.functional as F

torch.manual_seed(60)
logits = torch.randn(1, 4).squeeze()
print(logits.shape)
try:
    F.softmax(logits, dim=1)
except IndexError as e:
    print("IndexError:", e)
try:
    logits.argmax(dim=1)
except IndexError as e:
    print("IndexError:", e)
try:
    torch.randn(3, 4).sum(dim=2)
except IndexError as e:
    print("IndexError:", e)
try:
    torch.tensor(5.0).unsqueeze(2)
except IndexError as e:
    print("IndexError:", e)
print(logits.unsqueeze(0).argmax(dim=1), torch.randn(2, 1).squeeze(1).shape, torch.randn(1, 1).squeeze().shape)
try:
    torch.cat([torch.ones(2), torch.ones(2)], dim=1)
except IndexError as e:
    print("IndexError:", e)
