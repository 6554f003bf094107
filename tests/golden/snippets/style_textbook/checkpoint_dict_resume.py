# Saving a checkpoint dict (epoch, model and optimizer state), loading it back and resuming.
import io
import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(3, 1)
opt = torch.optim.Adam(model.parameters(), lr=0.01)
x, y = torch.randn(8, 3), torch.randn(8, 1)
for epoch in range(2):
    opt.zero_grad()
    loss = ((model(x) - y) ** 2).mean()
    loss.backward()
    opt.step()
buf = io.BytesIO()
torch.save({'epoch': 2, 'model_state_dict': model.state_dict(), 'optimizer_state_dict': opt.state_dict(),
            'loss': loss.item()}, buf)
buf.seek(0)
checkpoint = torch.load(buf, weights_only=True)
print(sorted(checkpoint.keys()), checkpoint['epoch'])
new_model = nn.Linear(3, 1)
new_opt = torch.optim.Adam(new_model.parameters(), lr=0.5)
new_model.load_state_dict(checkpoint['model_state_dict'])
new_opt.load_state_dict(checkpoint['optimizer_state_dict'])
print(new_opt.param_groups[0]['lr'], new_opt.state[new_model.weight]['step'])
print(torch.equal(new_model.weight, model.weight), round(checkpoint['loss'], 4))
