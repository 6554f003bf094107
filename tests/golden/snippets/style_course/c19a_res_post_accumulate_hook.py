# optimizer-in-backward: step each parameter as soon as its grad is accumulated
import torch
torch.manual_seed(77)
model = torch.nn.Linear(3, 2)
opts = {p: torch.optim.SGD([p], lr=0.5) for p in model.parameters()}
def hook(p):
    opts[p].step()
    opts[p].zero_grad()
for p in model.parameters():
    p.register_post_accumulate_grad_hook(hook)
before = model.bias.detach().clone()
model(torch.ones(1, 3)).sum().backward()
print(before, model.bias.data)
print(model.bias.grad)
