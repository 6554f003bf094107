# DCGAN-style init by isinstance checks inside Module.apply
import torch
import torch.nn as nn

def init_dcgan(module):
    if isinstance(module, (nn.Conv2d, nn.ConvTranspose2d)):
        nn.init.normal_(module.weight, mean=0.0, std=0.02)
    elif isinstance(module, nn.BatchNorm2d):
        nn.init.normal_(module.weight, mean=1.0, std=0.02)
        nn.init.zeros_(module.bias)
    print("visited", type(module).__name__)

torch.manual_seed(23)
gen = nn.Sequential(nn.ConvTranspose2d(4, 8, 4, 1, 0, bias=False), nn.BatchNorm2d(8), nn.ReLU(True))
returned = gen.apply(init_dcgan)
print(returned is gen)
print(round(gen[0].weight.std().item(), 2), gen[1].bias.abs().sum())
