# gradient clipping by global norm returns the total norm before clipping
import torch
torch.manual_seed(26)
model = torch.nn.Sequential(torch.nn.Linear(4, 4), torch.nn.ReLU(), torch.nn.Linear(4, 1))
loss = (model(torch.randn(8, 4)) * 100).pow(2).mean()
loss.backward()
total = torch.nn.utils.clip_grad_norm_(model.parameters(), max_norm=1.0)
print(total)
after = torch.norm(torch.stack([p.grad.norm() for p in model.parameters()]))
print(after.item())
print(torch.nn.utils.clip_grad_norm_(model.parameters(), max_norm=1.0, norm_type="inf"))
