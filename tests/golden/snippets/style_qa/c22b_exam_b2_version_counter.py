import torch

# Exam B2-7. Track t._version through these statements. When does backward object?
leaf = torch.full((3,), 2.0, requires_grad=True)
mid = leaf.log()
log = [mid._version]
sq = mid.pow(3)
mid.mul_(0.5)
log.append(mid._version)
mid[1:].zero_()
log.append(mid._version)
print("versions:", log)
try:
    sq.mean().backward()
except RuntimeError as err:
    msg = str(err)
    print("needed version", msg.split("version ")[-1].split(";")[0])
