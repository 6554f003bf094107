# Saving and loading a general checkpoint: epoch, model and optimizer state_dicts and the loss, then resuming.
import os
import tempfile
import torch
import torch.nn as nn

torch.manual_seed(1432)
model = nn.Linear(3, 1)
optimizer = torch.optim.Adam(model.parameters(), lr=0.05)
x, y = torch.randn(16, 3), torch.randn(16, 1)
for epoch in range(3):
    optimizer.zero_grad()
    loss = nn.functional.mse_loss(model(x), y)
    loss.backward()
    optimizer.step()
path = os.path.join(tempfile.mkdtemp(), "ckpt.tar")
torch.save({'epoch': epoch, 'model_state_dict': model.state_dict(),
            'optimizer_state_dict': optimizer.state_dict(), 'loss': loss}, path)
model2 = nn.Linear(3, 1)
optimizer2 = torch.optim.Adam(model2.parameters(), lr=0.05)
checkpoint = torch.load(path)
model2.load_state_dict(checkpoint['model_state_dict'])
optimizer2.load_state_dict(checkpoint['optimizer_state_dict'])
print(checkpoint['epoch'], checkpoint['loss'], sorted(checkpoint))
print(optimizer2.state_dict()['state'][0]['step'], optimizer2.param_groups[0]['lr'])
for opt, m in ((optimizer, model), (optimizer2, model2)):
    opt.zero_grad()
    l = nn.functional.mse_loss(m(x), y)
    l.backward()
    opt.step()
    print(l.item(), m.bias.item())
