import torch
import torch.nn as nn

torch.manual_seed(38)
enc = nn.GRU(input_size=3, hidden_size=2, num_layers=2)
for pname, tensor in enc.named_parameters():
    if pname.startswith("weight_ih"):
        nn.init.kaiming_uniform_(tensor, nonlinearity="linear")
    elif pname.startswith("weight_hh"):
        nn.init.eye_(tensor[:2])
        nn.init.zeros_(tensor[2:])
    else:
        nn.init.constant_(tensor, 0.1)
print(enc.weight_hh_l1)
print(enc.bias_hh_l0)
print(f"{enc.weight_ih_l0.abs().max().item():.4f}", tuple(enc.weight_ih_l1.shape))
