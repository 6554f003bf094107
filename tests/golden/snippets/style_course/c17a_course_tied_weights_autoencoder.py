# Autoencoder with tied weights: the decoder uses the encoder's weight transposed
import torch
import torch.nn as nn
import torch.nn.functional as F

class TiedAE(nn.Module):
    def __init__(self, d_in, d_hid):
        super().__init__()
        self.enc = nn.Linear(d_in, d_hid)
        self.dec_bias = nn.Parameter(torch.zeros(d_in))

    def forward(self, x):
        h = torch.sigmoid(self.enc(x))
        return F.linear(h, self.enc.weight.t(), self.dec_bias)

torch.manual_seed(9)
ae = TiedAE(5, 2)
print([n for n, _ in ae.named_parameters()])
x = torch.randn(3, 5)
loss = F.mse_loss(ae(x), x)
loss.backward()
print(round(loss.item(), 5), ae.enc.weight.grad.shape, ae.dec_bias.grad.shape)
print(sum(p.numel() for p in ae.parameters()))
