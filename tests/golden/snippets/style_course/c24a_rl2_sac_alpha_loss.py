# SAC's automatic entropy temperature
import torch

log_alpha = torch.zeros(1, requires_grad=True)
opt = torch.optim.Adam([log_alpha], lr=0.1)
target_entropy = -2.0
log_pi = torch.tensor([-1.5, -2.5, -0.5, -3.0])
for step in range(3):
    alpha_loss = -(log_alpha * (log_pi + target_entropy).detach()).mean()
    opt.zero_grad()
    alpha_loss.backward()
    opt.step()
    print(step, round(alpha_loss.item(), 4), log_alpha.grad, round(log_alpha.exp().item(), 4))
print(opt.state_dict()['param_groups'][0]['params'])
