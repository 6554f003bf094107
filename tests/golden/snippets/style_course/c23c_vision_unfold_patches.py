# Patch embedding for a tiny ViT: Conv2d(k=stride=patch) against an unfold + matmul, compared.
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(2)
pic = torch.randint(0, 4, (1, 3, 4, 4)).float()
embed = nn.Conv2d(3, 5, kernel_size=2, stride=2, bias=False)
with torch.no_grad():
    embed.weight.copy_(torch.randint(-2, 3, embed.weight.shape).float())
via_conv = embed(pic).flatten(2).transpose(1, 2)
cols = F.unfold(pic, 2, stride=2)
via_mm = (embed.weight.view(5, -1) @ cols).transpose(1, 2)
print(via_conv.shape, cols.shape)
print(torch.equal(via_conv, via_mm))
print(via_conv[0, 0])
