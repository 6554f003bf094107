# nn.utils.skip_init: a layer whose weights are set later, drawing nothing from the generator
import torch
import torch.nn as nn
torch.manual_seed(0)
layer = nn.utils.skip_init(nn.Linear, 4, 2, bias=False)
print(type(layer).__name__, layer.weight.shape, layer.weight.dtype, layer.weight.requires_grad)
print(torch.rand(3))
with torch.no_grad():
    layer.weight.copy_(torch.ones(2, 4))
print(layer(torch.arange(4.)))
print(nn.utils.skip_init(nn.Conv2d, 1, 3, 2, device="cpu").weight.shape)
for cls in (int, nn.Module, nn.ReLU):
    try:
        nn.utils.skip_init(cls)
    except RuntimeError as e:
        print(e)
print(hasattr(nn.utils, "init"))
