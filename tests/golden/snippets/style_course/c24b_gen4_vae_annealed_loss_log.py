# logging a VAE's loss parts as a dict of Python floats per epoch
import torch

history = {"recon": [], "kl": []}
for epoch in range(3):
    recon = torch.tensor(100.0) / (epoch + 1)
    kl = torch.tensor(2.5) * (epoch + 1)
    history["recon"].append(recon.item())
    history["kl"].append(round(kl.item(), 2))
print(history)
print(torch.tensor(history["recon"]).mean())
print({k: len(v) for k, v in history.items()})
