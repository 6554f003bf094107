# multi-class focal loss with gather on log-probabilities
import torch
import torch.nn.functional as F
class FocalLoss(torch.nn.Module):
    def __init__(self, gamma=2.0):
        super().__init__()
        self.gamma = gamma
    def forward(self, logits, target):
        logp = F.log_softmax(logits, dim=-1).gather(1, target[:, None]).squeeze(1)
        return (-(1 - logp.exp()) ** self.gamma * logp).mean()
torch.manual_seed(23)
x = torch.randn(5, 4)
y = torch.tensor([0, 1, 2, 3, 0])
print(FocalLoss(0.0)(x, y).item(), F.cross_entropy(x, y).item())
print(FocalLoss(2.0)(x, y).item())
print(FocalLoss())
