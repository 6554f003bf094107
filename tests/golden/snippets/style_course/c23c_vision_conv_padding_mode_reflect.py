# Conv2d with padding_mode='reflect' and 'circular': repr and exact integer results.
import torch
import torch.nn as nn

x = torch.tensor([[[[1.0, 2.0, 3.0], [4.0, 5.0, 6.0], [7.0, 8.0, 9.0]]]])
for mode in ["zeros", "reflect", "replicate", "circular"]:
    conv = nn.Conv2d(1, 1, 3, padding=1, bias=False, padding_mode=mode)
    with torch.no_grad():
        conv.weight.fill_(1.0)
    print(conv)
    print(conv(x)[0, 0].tolist())
