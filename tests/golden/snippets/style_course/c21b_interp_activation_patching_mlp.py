# activation patching: run a corrupted input but splice in the clean hidden activation
import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 6), nn.ReLU(), nn.Linear(6, 6), nn.ReLU(), nn.Linear(6, 2))
clean = torch.tensor([[1.0, 0.0, -1.0, 0.5]])
corrupt = torch.tensor([[-1.0, 0.5, 1.0, 0.0]])
saved = {}
h = model[1].register_forward_hook(lambda m, i, o: saved.update(clean=o.detach()))
with torch.no_grad():
    clean_logits = model(clean)
h.remove()
with torch.no_grad():
    corrupt_logits = model(corrupt)
h = model[1].register_forward_hook(lambda m, i, o: saved["clean"])
with torch.no_grad():
    patched_logits = model(corrupt)
h.remove()
print(clean_logits)
print(corrupt_logits)
print(patched_logits)
print(torch.equal(patched_logits, clean_logits))
