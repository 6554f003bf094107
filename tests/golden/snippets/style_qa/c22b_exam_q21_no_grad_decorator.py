import torch

# Q21. Predict requires_grad in each context.
k = torch.tensor([1.5], requires_grad=True)


@torch.no_grad()
def frozen(v):
    return k * v


@torch.enable_grad()
def forced(v):
    return k * v


answers = {"frozen": frozen(torch.ones(1)).requires_grad}
with torch.no_grad():
    answers["forced inside no_grad"] = forced(torch.ones(1)).requires_grad
with torch.inference_mode():
    inf = k + 0
answers["inference"] = (inf.requires_grad, inf.is_inference())
torch.set_grad_enabled(False)
answers["global off"] = (k * 2).requires_grad
torch.set_grad_enabled(True)
for key, val in answers.items():
    print(key, "->", val)
