# A fixed moving-average Conv1d over a 1-D signal, with padding modes compared.
import torch
import torch.nn as nn

sig = torch.tensor([[[0.0, 3.0, 0.0, 3.0, 0.0, 3.0]]])
for mode in ["zeros", "replicate", "circular"]:
    conv = nn.Conv1d(1, 1, 3, padding=1, bias=False, padding_mode=mode)
    with torch.no_grad():
        conv.weight.fill_(1.0 / 3)
    print(mode, conv(sig).detach().round(decimals=4).tolist())
print(nn.Conv1d(1, 4, 3, stride=2)(sig).shape)
