# ZTM workflow: linear regression with nn.Parameter, L1Loss, printing every 20 epochs, then save/load
import io
import torch
from torch import nn

class StraightLine(nn.Module):
    def __init__(self):
        super().__init__()
        self.slope = nn.Parameter(torch.randn(1))
        self.intercept = nn.Parameter(torch.randn(1))

    def forward(self, inputs: torch.Tensor) -> torch.Tensor:
        return self.slope * inputs + self.intercept

torch.manual_seed(42)
X = torch.arange(0, 1, 0.04).unsqueeze(dim=1)
y = 0.7 * X + 0.3
model_1 = StraightLine()
print(list(model_1.parameters()), model_1.state_dict())
loss_fn, optimizer = nn.L1Loss(), torch.optim.SGD(params=model_1.parameters(), lr=0.01)
for epoch in range(61):
    model_1.train()
    loss = loss_fn(model_1(X[:20]), y[:20])
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
    if epoch % 20 == 0:
        model_1.eval()
        with torch.inference_mode():
            test_loss = loss_fn(model_1(X[20:]), y[20:])
        print(f"Epoch: {epoch} | Train L1: {loss} | Test L1: {test_loss}")
blob = io.BytesIO()
torch.save(obj=model_1.state_dict(), f=blob)
blob.seek(0)
loaded = StraightLine()
loaded.load_state_dict(torch.load(f=blob))
print(loaded.state_dict())
