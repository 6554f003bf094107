# Puzzle: "any to the right" of each position with a flipped cummax on bools
import torch

hit = torch.tensor([False, True, False, False, True, False])
right = hit.flip(0).cummax(0).values.flip(0)
print(right)
print(hit.int().flip(0).cumsum(0).flip(0) > 0)
left = hit.cummax(0)
print(left)
print(hit.long().cumsum(0).bool())
