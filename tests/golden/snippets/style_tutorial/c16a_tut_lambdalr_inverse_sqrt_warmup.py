# LambdaLR with linear warm-up then inverse square-root decay, as in transformer tutorials
import torch

net = torch.nn.Linear(4, 4)
adam = torch.optim.Adam(net.parameters(), lr=0.002, betas=(0.9, 0.98), eps=1e-9)
d_model, warmup_steps = 16, 3

def noam(epoch):
    n = epoch + 1
    return d_model ** -0.5 * min(n ** -0.5, n * warmup_steps ** -1.5)

schedule = torch.optim.lr_scheduler.LambdaLR(adam, lr_lambda=noam)
print(schedule.get_last_lr())
for epoch in range(8):
    adam.step()
    schedule.step()
    print(epoch, schedule.get_last_lr(), schedule.last_epoch)
