# A convolutional autoencoder: Conv2d with stride 2 down, ConvTranspose2d with output_padding up; shapes and one step.
import torch
import torch.nn as nn

torch.manual_seed(71)
enc = nn.Sequential(nn.Conv2d(1, 4, 3, stride=2, padding=1), nn.ReLU(), nn.Conv2d(4, 8, 3, stride=2, padding=1), nn.ReLU())
dec = nn.Sequential(nn.ConvTranspose2d(8, 4, 3, stride=2, padding=1, output_padding=1), nn.ReLU(),
                    nn.ConvTranspose2d(4, 1, 3, stride=2, padding=1, output_padding=1), nn.Sigmoid())
x = torch.rand(2, 1, 12, 12)
h = x
for layer in list(enc) + list(dec):
    h = layer(h)
    if not isinstance(layer, (nn.ReLU, nn.Sigmoid)):
        print(type(layer).__name__, tuple(h.shape))
no_pad = nn.ConvTranspose2d(8, 4, 3, stride=2, padding=1)
print(no_pad(enc(x)).shape)
opt = torch.optim.SGD(list(enc.parameters()) + list(dec.parameters()), lr=0.5)
loss = nn.functional.binary_cross_entropy(dec(enc(x)), x)
loss.backward()
opt.step()
print(round(loss.item(), 4), dec[0].weight.shape, dec[0].weight.grad.abs().sum() > 0)
