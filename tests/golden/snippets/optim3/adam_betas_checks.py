import torch

w = torch.ones(2, requires_grad=True)
# Adam and AdamW want both betas floats (an int 0 is refused) or both tensors; they keep a tuple.
for name in ("Adam", "AdamW", "NAdam"):
    for betas in [(0, 0.99), (0.9, 0.99), [0.8, 0.9], (torch.tensor(0.9), 0.99),
                  (torch.tensor([0.9]), torch.tensor(0.99)), (torch.tensor([0.9, 0.8]), torch.tensor(0.99))]:
        try:
            opt = getattr(torch.optim, name)([w], betas=betas)
            print(name, "keeps", opt.param_groups[0]["betas"])
        except (ValueError, RuntimeError) as e:
            print(name, type(e).__name__ + ":", e)
try:
    torch.optim.Adam([w], betas=(torch.tensor(0.9), torch.tensor(0.99)), foreach=True)
except ValueError as e:
    print("ValueError:", e)
opt = torch.optim.AdamW([w], betas=[0.5, 0.75])
print(opt)
