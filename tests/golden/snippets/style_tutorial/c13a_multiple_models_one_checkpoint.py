# Saving several models and optimizers in one file (a GAN-like pair) and loading them back for training.
import io
import torch
import torch.nn as nn

torch.manual_seed(62)
netA = nn.Linear(4, 3)
netB = nn.Sequential(nn.Linear(3, 3), nn.Tanh())
optA = torch.optim.SGD(netA.parameters(), lr=0.01, momentum=0.9)
optB = torch.optim.Adam(netB.parameters(), lr=0.001)
z = torch.randn(5, 4)
for _ in range(2):
    optA.zero_grad(); optB.zero_grad()
    netB(netA(z)).pow(2).mean().backward()
    optA.step(); optB.step()
buf = io.BytesIO()
torch.save({"modelA_state_dict": netA.state_dict(), "modelB_state_dict": netB.state_dict(),
            "optimizerA_state_dict": optA.state_dict(), "optimizerB_state_dict": optB.state_dict()}, buf)
buf.seek(0)
checkpoint = torch.load(buf)
A2, B2 = nn.Linear(4, 3), nn.Sequential(nn.Linear(3, 3), nn.Tanh())
oA2 = torch.optim.SGD(A2.parameters(), lr=0.5, momentum=0.0)
oB2 = torch.optim.Adam(B2.parameters())
A2.load_state_dict(checkpoint["modelA_state_dict"])
B2.load_state_dict(checkpoint["modelB_state_dict"])
oA2.load_state_dict(checkpoint["optimizerA_state_dict"])
oB2.load_state_dict(checkpoint["optimizerB_state_dict"])
print(oA2.param_groups[0]["lr"], oA2.param_groups[0]["momentum"], oB2.param_groups[0]["betas"])
print(torch.equal(oA2.state[A2.weight]["momentum_buffer"], optA.state[netA.weight]["momentum_buffer"]))
print(oB2.state[B2[0].bias]["step"], sorted(checkpoint))
A2.train(); B2.train()
print(torch.equal(B2(A2(z)), netB(netA(z))))
