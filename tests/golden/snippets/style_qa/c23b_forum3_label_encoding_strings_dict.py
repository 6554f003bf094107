import torch

# Turning string labels into class indices (and why torch.tensor(["cat"]) fails)
species = ["cat", "dog", "cat", "bird", "dog"]
names = sorted(set(species))
to_id = {n: k for k, n in enumerate(names)}
ids = torch.tensor([to_id[s] for s in species])
print(names, ids)
try:
    torch.tensor(species)
except TypeError as e:
    print("TypeError", e)
print({n: int(c) for n, c in zip(names, ids.bincount(minlength=len(names)))})
