# Top-k accuracy as in ImageNet training scripts: topk, t(), eq with expand_as, reshape and sum.
import torch

def accuracy(output, target, topk=(1,)):
    with torch.no_grad():
        maxk = max(topk)
        batch_size = target.size(0)
        _, pred = output.topk(maxk, 1, True, True)
        pred = pred.t()
        correct = pred.eq(target.view(1, -1).expand_as(pred))
        res = []
        for k in topk:
            correct_k = correct[:k].reshape(-1).float().sum(0, keepdim=True)
            res.append(correct_k.mul_(100.0 / batch_size))
        return res

torch.manual_seed(0)
output = torch.randn(16, 10)
target = torch.randint(0, 10, (16,))
top1, top5 = accuracy(output, target, topk=(1, 5))
print(top1, top5)
print(f"Acc@1 {top1.item():.3f} Acc@5 {top5.item():.3f}")
