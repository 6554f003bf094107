# Quiz 27: mask made with .long() by mistake
import torch

scores = torch.tensor([0.9, 0.2, 0.7, 0.4])
keep = scores > 0.5
print(scores[keep])
print(scores[keep.long()])
print(scores[keep.tolist()])
print(scores[keep.int().tolist()])
try:
    scores[torch.tensor([True, True])]
except IndexError as err:
    print(err)
