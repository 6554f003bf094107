# Udacity intro to deep learning: a classifier with dropout, a validation pass under no_grad + eval, back to train.
import torch
from torch import nn, optim
import torch.nn.functional as F

torch.manual_seed(7)
X = torch.randn(256, 20)
y = (X[:, :5].sum(1) > 0).long() + (X[:, 5] > 1).long()
Xv, yv = torch.randn(64, 20), None
yv = (Xv[:, :5].sum(1) > 0).long() + (Xv[:, 5] > 1).long()

class Classifier(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc1 = nn.Linear(20, 32)
        self.fc2 = nn.Linear(32, 16)
        self.fc3 = nn.Linear(16, 3)
        self.dropout = nn.Dropout(p=0.2)

    def forward(self, x):
        x = self.dropout(F.relu(self.fc1(x)))
        x = self.dropout(F.relu(self.fc2(x)))
        return F.log_softmax(self.fc3(x), dim=1)

model = Classifier()
criterion = nn.NLLLoss()
optimizer = optim.Adam(model.parameters(), lr=0.003)
train_losses, test_losses = [], []
for e in range(4):
    running_loss = 0
    for i in range(0, 256, 64):
        optimizer.zero_grad()
        loss = criterion(model(X[i:i + 64]), y[i:i + 64])
        loss.backward()
        optimizer.step()
        running_loss += loss.item()
    with torch.no_grad():
        model.eval()
        log_ps = model(Xv)
        test_loss = criterion(log_ps, yv)
        ps = torch.exp(log_ps)
        top_p, top_class = ps.topk(1, dim=1)
        equals = top_class == yv.view(*top_class.shape)
        accuracy = torch.mean(equals.type(torch.FloatTensor))
    model.train()
    train_losses.append(running_loss / 4)
    test_losses.append(test_loss.item())
    print(f"Epoch: {e + 1}/4.. Training Loss: {running_loss / 4:.3f}.. Test Loss: {test_loss:.3f}.. Test Accuracy: {accuracy:.3f}")
print(top_p[:3], equals.dtype, equals.shape)
