# EmbeddingBag with int32 offsets, empty input, and mismatched index types
import torch
import torch.nn as nn

bag = nn.EmbeddingBag.from_pretrained(torch.arange(8.0).view(4, 2), mode='sum')
inp = torch.tensor([0, 3, 1])
print(bag(inp, torch.tensor([0, 2], dtype=torch.int32)))
print(bag(inp.int(), torch.tensor([0, 2], dtype=torch.int32)))
print(bag(torch.tensor([], dtype=torch.long), torch.tensor([0, 0])))
try:
    bag(inp.float(), torch.tensor([0]))
except RuntimeError as e:
    print(type(e).__name__, str(e)[:90])
