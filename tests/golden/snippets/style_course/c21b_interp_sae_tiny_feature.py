# a tiny sparse autoencoder on activations: L1 penalty on the code
import torch
import torch.nn as nn

torch.manual_seed(0)
acts = torch.randn(64, 4)
enc = nn.Linear(4, 8)
dec = nn.Linear(8, 4, bias=False)
opt = torch.optim.Adam(list(enc.parameters()) + list(dec.parameters()), lr=1e-2)
for step in range(50):
    code = torch.relu(enc(acts))
    recon = dec(code)
    mse = (recon - acts).pow(2).mean()
    l1 = code.abs().sum(-1).mean()
    loss = mse + 1e-2 * l1
    opt.zero_grad(); loss.backward(); opt.step()
    if step % 25 == 0:
        print(step, round(mse.item(), 4), round(l1.item(), 4))
print("L0", (code > 0).float().sum(-1).mean().item())
print(dec.weight.norm(dim=0))
