# Saving a training checkpoint (epoch, model, optimizer, loss) to a buffer and resuming from it.
import io
import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(3, 4), nn.Tanh(), nn.Linear(4, 1))
optimizer = torch.optim.SGD(model.parameters(), lr=0.1, momentum=0.9)
x = torch.randn(16, 3)
y = x.sum(1, keepdim=True)
for epoch in range(3):
    loss = nn.functional.mse_loss(model(x), y)
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
print(epoch, loss.item())
buf = io.BytesIO()
torch.save({'epoch': epoch, 'model_state_dict': model.state_dict(),
            'optimizer_state_dict': optimizer.state_dict(), 'loss': loss}, buf)
buf.seek(0)

model2 = nn.Sequential(nn.Linear(3, 4), nn.Tanh(), nn.Linear(4, 1))
optimizer2 = torch.optim.SGD(model2.parameters(), lr=0.5)
checkpoint = torch.load(buf)
print(sorted(checkpoint.keys()))
print(model2.load_state_dict(checkpoint['model_state_dict']))
optimizer2.load_state_dict(checkpoint['optimizer_state_dict'])
print(checkpoint['epoch'], checkpoint['loss'])
print(optimizer2.param_groups[0]['lr'], optimizer2.param_groups[0]['momentum'])
print(list(optimizer2.state_dict()['state'].keys()))
print(optimizer2.state_dict()['state'][1]['momentum_buffer'])
for m in (model, model2):
    l = nn.functional.mse_loss(m(x), y)
    print(l.item())
model2.train()
