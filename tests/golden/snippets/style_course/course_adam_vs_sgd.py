# The same quadratic minimised by SGD with momentum and by Adam.
import torch

for name in ['SGD', 'Adam']:
    torch.manual_seed(11)
    w = torch.randn(3, requires_grad=True)
    opt = torch.optim.SGD([w], lr=0.1, momentum=0.9) if name == 'SGD' else torch.optim.Adam([w], lr=0.1)
    for step in range(25):
        loss = ((w - torch.tensor([1.0, 2.0, 3.0]))**2).sum()
        opt.zero_grad()
        loss.backward()
        opt.step()
    print(name, loss.item(), w.detach())
print(opt.state_dict()['param_groups'][0]['betas'])
